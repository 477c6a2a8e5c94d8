package dev.webinarops.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny test client for the simulator over real HTTP. */
final class SimClient {
    static final ObjectMapper JSON = new ObjectMapper();
    final ZoomSimulator sim;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String token;

    SimClient(ZoomSimulator sim) {
        this.sim = sim;
    }

    HttpResponse<String> mint(String clientId, String secret, String form) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(sim.tokenUrl())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    SimClient login() throws IOException, InterruptedException {
        SimulatorOptions o = sim.options();
        HttpResponse<String> r = mint(o.clientId(), o.clientSecret(),
                "grant_type=account_credentials&account_id=" + o.accountId());
        if (r.statusCode() != 200) throw new IllegalStateException(r.body());
        token = json(r).get("access_token").asText();
        return this;
    }

    HttpResponse<String> call(String method, String pathAndQuery, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.apiBaseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> multipart(String path, String filePartName, byte[] data) throws IOException, InterruptedException {
        String boundary = "simboundary42";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePartName
                + "\"; filename=\"bg.png\"\r\nContent-Type: image/png\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + data.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        System.arraycopy(t, 0, all, h.length + data.length, t.length);
        HttpRequest req = HttpRequest.newBuilder(URI.create(sim.apiBaseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
