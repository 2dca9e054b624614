package org.alliance.benchmarks.notes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes signed notes over HTTP as fast as {@code threads} clients can: each writes a SOAP note of
 * about 1 KB (POST /api/v1/notes) and signs it (POST /api/v1/notes/{id}/sign), so every note is
 * sealed, stored, locked and audited. Prints "notesPerSecond p50Ms p99Ms errors lastNoteId".
 *
 * <p>Usage: {@code SignedNoteLoad <api base> <user> <password> <engagementId> <seconds> <threads>}
 */
public final class SignedNoteLoad {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        String engagementId = args[3];
        long seconds = Long.parseLong(args[4]);
        int threads = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String text = "The client reports sleeping better since the last session and describes a difficult conversation "
                .repeat(10);
        String body = "{\"engagementId\":\"" + engagementId + "\",\"templateId\":\"soap\",\"kind\":\"PROGRESS\",\"fields\":"
                + "{\"subjective\":\"" + text + "\",\"objective\":\"Calm, engaged\",\"assessment\":\"Improving\","
                + "\"plan\":\"Continue weekly sessions\",\"risk\":\"No risk indicated\"}}";

        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        String[] last = new String[1];
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> created = http.send(post(api + "/notes", auth, body), HttpResponse.BodyHandlers.ofString());
                        Matcher m = ID.matcher(created.body());
                        if (created.statusCode() != 201 || !m.find()) {
                            errors.incrementAndGet();
                            continue;
                        }
                        HttpResponse<String> signed = http.send(post(api + "/notes/" + m.group(1) + "/sign", auth, ""),
                                HttpResponse.BodyHandlers.ofString());
                        if (signed.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        last[0] = m.group(1);
                        if (start > warmupEnd) {
                            latencies.add(System.nanoTime() - start);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double perSecond = sorted.size() / (double) seconds;
        System.out.printf("%.0f %.1f %.1f %d %s%n", perSecond, percentile(sorted, 0.50), percentile(sorted, 0.99),
                errors.get(), last[0]);
    }

    private static HttpRequest post(String url, String auth, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
