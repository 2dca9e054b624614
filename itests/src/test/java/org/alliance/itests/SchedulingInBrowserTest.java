package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scheduling module's Calendar page and Today card in a real browser, under the web app's
 * Content-Security-Policy: booking in the calendar, a clash reported in the booking dialog,
 * the appointment dialog with cancellation, pseudonyms on the front desk's calendar.
 */
@ExtendWith(SharedServer.class)
class SchedulingInBrowserTest {

    private static final String API = "/api/v1/scheduling";

    private final Distribution server = SharedServer.server();

    /** Creates an account through the API and returns its username (unique per call). */
    private String user(String role, String displayName) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password",
                username + "-password", "displayName", displayName, "roles", Api.list(role)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return username;
    }

    private Api as(String username) {
        return Api.basic(server, username, username + "-password");
    }

    /** Registers a client and starts an engagement with the therapist; returns the engagement id. */
    private String engagement(Api therapist, String clientName, boolean sealed) {
        Api.Reply client = therapist.post("/api/v1/clients", json("displayName", clientName, "clinicianClient", sealed));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = therapist.post("/api/v1/engagements", json("clientId", client.text("id"),
                "therapistId", therapist.get("/api/v1/users/me").text("id"), "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return e.text("id");
    }

    private ZoneId practiceZone() {
        return ZoneId.of(SharedServer.admin().get("/api/v1/web/navigation").text("timeZone"));
    }

    /** Types a wall time into an input type=datetime-local (whose keyboard entry depends on the locale). */
    private static void setDateTime(Browser browser, By field, LocalDateTime value) {
        setValue(browser, field, value.toString().substring(0, 16));
    }

    /** Sets an input's value as typing would end, for inputs whose keyboard entry depends on the locale. */
    private static void setValue(Browser browser, By field, String value) {
        browser.script("const f = arguments[0]; f.value = arguments[1]; f.dispatchEvent(new Event('input', {bubbles: true}));",
                browser.waitFor(field), value);
    }

    private static void waitForOption(Browser browser, String select, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector(select + " option[value='" + value + "']")).isEmpty());
        new Select(browser.driver().findElement(By.cssSelector(select))).selectByValue(value);
    }

    @Test
    void aTherapistBooksASessionSeesItInTheWeekIsToldOfAClashAndCancelsWithAReason() {
        String therapist = user("therapist", "Dr. Wendy Week");
        Api api = as(therapist);
        String engagement = engagement(api, "Carl Calendar", false);
        String other = engagement(api, "Olive Other", false);
        ZoneId zone = practiceZone();
        LocalDate tuesday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        LocalDateTime first = tuesday.atTime(10, 0);
        LocalDateTime second = tuesday.atTime(14, 0);

        try (Browser browser = Browser.open(server)) {
            browser.signIn(therapist, therapist + "-password");
            browser.click(By.cssSelector("#nav a[data-page='scheduling']"));
            browser.waitFor(By.cssSelector("#calendar .fc-timegrid"));

            // Book: the dialog opens with focus inside it, the engagement list is the therapist's own.
            browser.click(By.id("book-button"));
            WebElement dialog = browser.waitFor(By.id("booking-dialog"));
            assertThat(dialog.getAttribute("role")).isEqualTo("dialog");
            assertThat(browser.script("return document.getElementById('booking-dialog').contains(document.activeElement);"))
                    .isEqualTo(true);
            waitForOption(browser, "#booking-engagement", engagement);
            setDateTime(browser, By.id("booking-start"), first);
            assertThat(browser.driver().findElement(By.id("booking-duration")).getAttribute("value")).isEqualTo("50");
            browser.click(By.id("booking-submit"));
            browser.waitUntilGone(By.id("booking-dialog"));

            // The calendar moved to that week and shows the session under the client's name.
            assertThat(browser.waitForText(By.id("cal-status"), "Booked").getText()).contains("Carl Calendar");
            Api.Reply booked = api.get(API + "/appointments?therapistId=" + api.get("/api/v1/users/me").text("id")
                    + "&from=" + first.atZone(zone).toInstant() + "&to=" + first.plusHours(1).atZone(zone).toInstant());
            assertThat(booked.json()).as(booked.toString()).hasSize(1);
            String id = booked.json().get(0).path("id").asText();
            assertThat(Instant.parse(booked.json().get(0).path("start").asText())).isEqualTo(first.atZone(zone).toInstant());
            WebElement event = browser.waitFor(By.cssSelector("[data-appointment-id='" + id + "']"));
            assertThat(event.getText()).contains("Carl Calendar");
            browser.screenshot("scheduling-week");

            // A clash: while the dialog is open, someone else books the therapist at that time.
            browser.click(By.id("book-button"));
            browser.waitFor(By.id("booking-dialog"));
            waitForOption(browser, "#booking-engagement", engagement);
            setDateTime(browser, By.id("booking-start"), second);
            Api.Reply elsewhere = api.post(API + "/appointments", json("engagementId", other,
                    "start", second.atZone(zone).toOffsetDateTime().toString(), "durationMinutes", 50,
                    "kind", "SESSION", "location", "VIDEO"));
            assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
            browser.click(By.id("booking-submit"));
            assertThat(browser.waitForText(By.id("booking-error"), "already booked").getText()).contains("Dr. Wendy Week");
            assertThat(browser.driver().findElement(By.id("booking-dialog")).isDisplayed()).isTrue();
            browser.screenshot("scheduling-booking");
            browser.click(By.id("booking-cancel"));
            browser.waitUntilGone(By.id("booking-dialog"));

            // Open the first session and cancel it: the reason is required.
            browser.click(By.cssSelector("[data-appointment-id='" + id + "']"));
            browser.waitFor(By.id("appointment-dialog"));
            assertThat(browser.waitFor(By.id("appointment-client")).getText()).isEqualTo("Carl Calendar");
            assertThat(browser.waitFor(By.id("appointment-status")).getText()).isEqualTo("Booked");
            browser.click(By.cssSelector("#cancel-section summary"));
            browser.click(By.id("cancel-submit"));
            assertThat(browser.waitFor(By.id("cancel-reason")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.type(By.id("cancel-reason"), "Therapist ill; offered Thursday instead");
            new Select(browser.driver().findElement(By.id("cancel-initiator"))).selectByValue("THERAPIST");
            browser.click(By.id("cancel-submit"));
            browser.waitForText(By.id("appointment-status"), "Cancelled");
            assertThat(browser.waitForText(By.id("appointment-history"), "CANCELLED").getText())
                    .contains("Therapist ill; offered Thursday instead");
            assertThat(browser.driver().findElement(By.id("appointment-dialog")).getText())
                    .contains("The therapist").doesNotContain("Cancel appointment");
            browser.driver().findElement(By.id("appointment-dialog-title")).sendKeys(Keys.ESCAPE);
            browser.waitUntilGone(By.id("appointment-dialog"));

            // Still on the calendar, struck through; gone when cancelled ones are hidden.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.findElement(
                    By.cssSelector("[data-appointment-id='" + id + "']")).getAttribute("class").contains("appt-status-cancelled"));
            browser.click(By.id("show-cancelled"));
            browser.waitUntilGone(By.cssSelector("[data-appointment-id='" + id + "']"));
        }
        Api.Reply after = api.get(API + "/appointments/" + appointmentAt(api, zone, first));
        assertThat(after.text("status")).isEqualTo("CANCELLED");
        assertThat(after.text("cancelledBy")).isEqualTo("THERAPIST");
        assertThat(after.text("cancelReason")).isEqualTo("Therapist ill; offered Thursday instead");
    }

    private String appointmentAt(Api api, ZoneId zone, LocalDateTime start) {
        Api.Reply list = api.get(API + "/appointments?therapistId=" + api.get("/api/v1/users/me").text("id")
                + "&from=" + start.atZone(zone).toInstant() + "&to=" + start.plusMinutes(1).atZone(zone).toInstant());
        return list.json().get(0).path("id").asText();
    }

    @Test
    void theFrontDeskSeesEveryTherapistsWeekWithSealedClientsAsPseudonymsAlsoOnATablet() {
        String therapist = user("therapist", "Dr. Pia Private");
        String frontDesk = user("frontdesk", "Frank Front");
        Api api = as(therapist);
        Api.Reply client = api.post("/api/v1/clients", json("displayName", "Dr. Sam Sealedname", "clinicianClient", true));
        String pseudonym = client.text("pseudonym");
        Api.Reply e = api.post("/api/v1/engagements", json("clientId", client.text("id"),
                "therapistId", api.get("/api/v1/users/me").text("id"), "modality", "cbt"));
        ZoneId zone = practiceZone();
        LocalDate wednesday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        ZonedDateTime start = wednesday.atTime(9, 0).atZone(zone);
        Api.Reply booking = api.post(API + "/appointments", json("engagementId", e.text("id"),
                "start", start.toOffsetDateTime().toString(), "durationMinutes", 50, "kind", "SESSION",
                "location", "IN_PERSON"));
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        String id = booking.json().path("appointment").path("id").asText();

        try (Browser browser = Browser.tablet(server)) {
            browser.signIn(frontDesk, frontDesk + "-password");
            browser.go("/scheduling/" + wednesday);
            WebElement event = browser.waitFor(By.cssSelector("[data-appointment-id='" + id + "']"));
            assertThat(event.getText()).contains(pseudonym);
            // Several therapists are shown, so the event says whose it is.
            assertThat(event.getAttribute("aria-label")).contains(pseudonym, "Dr. Pia Private");
            assertThat(browser.pageSource()).doesNotContain("Sealedname");
            browser.screenshot("scheduling-tablet");

            event.click();
            assertThat(browser.waitFor(By.id("appointment-client")).getText()).isEqualTo(pseudonym);
            assertThat(browser.pageSource()).doesNotContain("Sealedname");
            WebElement dialog = browser.driver().findElement(By.id("appointment-dialog"));
            assertThat(dialog.getRect().getWidth()).isLessThanOrEqualTo(768);
            browser.click(By.id("appointment-close"));
            browser.waitUntilGone(By.id("appointment-dialog"));
        }
    }

    @Test
    void aTherapistSubscribesToTheirCalendarFeedWithInitialsOnlyAndRevokesIt() throws Exception {
        String therapist = user("therapist", "Dr. Fay Feed");
        Api api = as(therapist);
        String engagement = engagement(api, "Harriet Hidden", false);
        ZoneId zone = practiceZone();
        ZonedDateTime start = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(16, 0).atZone(zone);
        assertThat(api.post(API + "/appointments", json("engagementId", engagement, "start",
                start.toOffsetDateTime().toString(), "durationMinutes", 50, "kind", "SESSION")).status()).isEqualTo(201);

        try (Browser browser = Browser.open(server)) {
            browser.signIn(therapist, therapist + "-password");
            browser.go("/scheduling");
            browser.click(By.id("feed-subscribe"));
            String url = browser.waitFor(By.id("feed-url")).getAttribute("value");
            assertThat(url).startsWith(server.uri("/api/v1/scheduling/feeds/").toString());

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).contains("BEGIN:VCALENDAR", "DTSTART").doesNotContain("Harriet", "Hidden");

            browser.click(By.id("feed-revoke"));
            assertThat(browser.waitForText(By.id("feed-status"), "revoked").getText()).contains("revoked");
            assertThat(browser.waitFor(By.id("feed-subscribe")).isDisplayed()).isTrue();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aTherapistSetsWorkingHoursFindsAFreeSlotAndBooksIt() {
        String therapist = user("therapist", "Dr. Hal Hours");
        Api api = as(therapist);
        String engagement = engagement(api, "Fiona Free", false);
        ZoneId zone = practiceZone();
        LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        try (Browser browser = Browser.open(server)) {
            browser.signIn(therapist, therapist + "-password");
            browser.go("/scheduling");
            browser.click(By.id("availability-link"));
            browser.click(By.cssSelector("tr[data-day='MONDAY'] [data-testid='hours-add']"));
            browser.waitFor(By.cssSelector("tr[data-day='MONDAY'] [data-testid='hours-block']"));
            setValue(browser, By.cssSelector("tr[data-day='MONDAY'] input[id$='-to']"), "12:00");
            browser.click(By.id("hours-save"));
            browser.waitForText(By.id("hours-status"), "saved");
            assertThat(api.get(API + "/availability/" + api.get("/api/v1/users/me").text("id")).json().path("hours").toString())
                    .contains("MONDAY", "09:00", "12:00");

            setValue(browser, By.id("slots-from"), monday.toString());
            setValue(browser, By.id("slots-to"), monday.toString());
            browser.click(By.id("slots-find"));
            WebElement slot = browser.waitFor(By.cssSelector("[data-testid='free-slot']"));
            assertThat(browser.all(By.cssSelector("[data-testid='free-slot']"))).hasSize(1);
            slot.findElement(By.tagName("button")).click();
            browser.waitFor(By.id("booking-dialog"));
            assertThat(browser.driver().findElement(By.id("booking-start")).getAttribute("value"))
                    .isEqualTo(monday + "T09:00");
            waitForOption(browser, "#booking-engagement", engagement);
            browser.click(By.id("booking-submit"));
            browser.waitUntilGone(By.id("booking-dialog"));
            assertThat(browser.waitForText(By.id("slots-status"), "Booked").getText()).contains("Fiona Free");
            // The free time now starts after the session.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                String slots = d.findElement(By.id("slot-list")).getText();
                return slots.contains("9:50") && !slots.contains("9:00");
            });
        }
        ZonedDateTime start = monday.atTime(9, 0).atZone(zone);
        assertThat(api.get(API + "/appointments?therapistId=" + api.get("/api/v1/users/me").text("id") + "&from="
                + start.toInstant() + "&to=" + start.plusHours(1).toInstant()).json()).hasSize(1);
    }

    @Test
    void theTodayCardListsTheTherapistsAppointmentsOfTheDay() {
        ZoneId zone = practiceZone();
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime start = now.plusMinutes(5).withSecond(0).withNano(0);
        Assumptions.assumeTrue(start.plusMinutes(50).toLocalDate().equals(now.toLocalDate())
                && start.toLocalTime().isAfter(LocalTime.of(0, 10)), "too close to midnight in " + zone);
        String therapist = user("therapist", "Dr. Tia Today");
        Api api = as(therapist);
        String engagement = engagement(api, "Tom Today", false);
        Api.Reply booking = api.post(API + "/appointments", json("engagementId", engagement,
                "start", start.toOffsetDateTime().toString(), "durationMinutes", 50, "kind", "SESSION"));
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);

        try (Browser browser = Browser.open(server)) {
            browser.signIn(therapist, therapist + "-password");
            assertThat(browser.waitForText(By.cssSelector("[data-card='scheduling.today']"), "Tom Today").getText())
                    .contains("1 appointment today");
            browser.click(By.id("today-calendar-link"));
            browser.waitFor(By.cssSelector("[data-appointment-id='" + booking.json().path("appointment").path("id").asText() + "']"));
        }
    }
}
