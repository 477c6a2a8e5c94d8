/**
 * A local Zoom simulator for tests and sandbox mode: {@link dev.webinarops.core.sim.ZoomSimulator}
 * serves Zoom's OAuth token endpoint and the 54 webinar operations of
 * {@link dev.webinarops.core.api.ZoomOperation} over HTTP on 127.0.0.1, validates requests against
 * Zoom's OpenAPI document, enforces per-label rate limits and can inject faults.
 *
 * <pre>{@code
 * try (ZoomSimulator sim = ZoomSimulator.start(SimulatorOptions.defaults().withSeedSandbox(true))) {
 *     URI api = sim.apiBaseUrl();    // http://127.0.0.1:PORT/v2
 *     URI token = sim.tokenUrl();    // http://127.0.0.1:PORT/oauth/token
 *     sim.faults().enqueue("webinarRegistrants", new Fault.RetryAfter429(1, false));
 * }
 * }</pre>
 */
package dev.webinarops.core.sim;
