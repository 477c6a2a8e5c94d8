package dev.webinarops.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streamable HTTP on {@code /mcp}, hosted by Jetty. Bound to 127.0.0.1 unless {@code --host} says otherwise;
 * off loopback a bearer token ({@code MCP_HTTP_TOKEN}) is required, and whenever it is set every request
 * must carry it. Host and Origin headers are checked against the bound address to stop DNS rebinding.
 */
final class HttpTransport {
    static final String TOKEN_VARIABLE = "MCP_HTTP_TOKEN";
    static final String ENDPOINT = "/mcp";
    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    private HttpTransport() {}

    static void serve(WebinarOpsServer server, ServerOptions options, Map<String, String> environment) {
        String host = options.httpHost();
        boolean loopback = isLoopback(host);
        Optional<String> token = Optional.ofNullable(environment.get(TOKEN_VARIABLE)).filter(t -> !t.isBlank());
        if (!loopback && token.isEmpty()) {
            throw new IllegalArgumentException("--host " + host + " is not loopback: set " + TOKEN_VARIABLE
                    + " to a long random bearer token so only your clients can call this server");
        }
        AtomicInteger port = new AtomicInteger();
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint(ENDPOINT)
                .securityValidator(new Guard(host, loopback, port, token,
                        csv(environment.get("MCP_HTTP_ALLOWED_HOSTS")), csv(environment.get("MCP_HTTP_ALLOWED_ORIGINS"))))
                .build();
        McpSyncServer mcp = server.start(transport);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(options.httpPort().orElseThrow());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, ENDPOINT);
        jetty.setHandler(context);
        try {
            jetty.start();
            port.set(connector.getLocalPort());
            log.info("MCP server {} listening on http://{}:{}{} ({}; {} tools; bearer token {})", WebinarOpsServer.NAME,
                    host.contains(":") ? "[" + host + "]" : host, port.get(), ENDPOINT, options, server.toolCount(),
                    token.isPresent() ? "required" : "not required");
            jetty.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot serve HTTP on " + host + ":" + options.httpPort().get() + ": "
                    + e.getMessage());
        } finally {
            mcp.closeGracefully();
        }
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) return true;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + " is not an address of this machine");
        }
    }

    private static List<String> csv(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String v : value.split(",")) if (!v.isBlank()) out.add(v.trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Host/Origin validation and the bearer token, checked on every request before the SDK sees it. */
    static final class Guard implements ServerTransportSecurityValidator {
        private final String host;
        private final boolean loopback;
        private final AtomicInteger port;
        private final Optional<byte[]> token;
        private final List<String> extraHosts;
        private final List<String> extraOrigins;

        /** extraHosts: names (or name:port) clients use to reach this server when it is bound off loopback. */
        Guard(String host, boolean loopback, AtomicInteger port, Optional<String> token, List<String> extraHosts,
                List<String> extraOrigins) {
            this.extraHosts = extraHosts;
            this.host = host.toLowerCase(Locale.ROOT);
            this.loopback = loopback;
            this.port = port;
            this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
            this.extraOrigins = extraOrigins;
        }

        private List<String> hostNames() {
            List<String> names = new ArrayList<>();
            if (loopback) {
                names.addAll(List.of("127.0.0.1", "localhost", "[::1]"));
            } else {
                names.add(host.contains(":") ? "[" + host + "]" : host);
            }
            return names;
        }

        @Override
        public void validateHeaders(Map<String, List<String>> headers) throws ServerTransportSecurityException {
            String hostHeader = header(headers, "host");
            List<String> hosts = new ArrayList<>(hostNames().stream().map(h -> h + ":" + port.get()).toList());
            extraHosts.forEach(h -> hosts.add(h.contains(":") && !h.endsWith("]") ? h : h + ":" + port.get()));
            if (hostHeader == null || !hosts.contains(hostHeader.toLowerCase(Locale.ROOT))) {
                throw new ServerTransportSecurityException(403, "Host not allowed");
            }
            String origin = header(headers, "origin");
            if (origin != null) {
                String o = origin.toLowerCase(Locale.ROOT);
                boolean allowed = extraOrigins.contains(o)
                        || hosts.stream().anyMatch(h -> o.equals("http://" + h) || o.equals("https://" + h));
                if (!allowed) {
                    throw new ServerTransportSecurityException(403, "Origin not allowed");
                }
            }
            if (token.isPresent()) {
                String auth = header(headers, "authorization");
                byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                        ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
                if (!MessageDigest.isEqual(given, token.get())) {
                    throw new ServerTransportSecurityException(401, "Missing or wrong bearer token");
                }
            }
        }

        private static String header(Map<String, List<String>> headers, String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null
                        && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }
}
