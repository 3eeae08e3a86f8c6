// GOV.UK Frontend's components enhance the page only when this class is present.
import { initAll } from '/lib/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported');
initAll();
