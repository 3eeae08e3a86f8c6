// Reads an iCalendar file on stdin with Mozilla's ical.js and prints its events as JSON,
// with each start both as written (local time and zone) and as a UTC instant.
import ICAL from "ical.js";

let text = "";
for await (const chunk of process.stdin) text += chunk;
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
}
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  const start = event.startDate;
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    status: component.getFirstPropertyValue("status"),
    tzid: component.getFirstProperty("dtstart").getParameter("tzid") ?? null,
    zoneKnown: start.zone ? start.zone.tzid !== "floating" : false,
    local: start.toString(),
    utc: start.isDate ? null : start.toJSDate().toISOString(),
  };
});
process.stdout.write(JSON.stringify({ zones: calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")), events }));
