package dev.webinarops.mcp;

import com.google.inject.Guice;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.logging.Redactor;
import dev.webinarops.core.sandbox.Sandbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.mcp.tools.OpenApiSpec;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the MCP server: stdio by default, Streamable HTTP with {@code --http PORT}. Only JSON-RPC reaches
 * stdout: {@code System.out} is pointed at stderr before anything else runs.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        try {
            run(args, System.in, protocolOut);
        } catch (IllegalArgumentException | ZoomApiException e) {
            System.err.println("webinarops-mcp: " + Redactor.redact(e.getMessage()));
            System.exit(2);
        } catch (RuntimeException | Error e) {
            // one line, as for a bad configuration, rather than a stack trace (and never a hang on leftover threads)
            System.err.println("webinarops-mcp: could not run: " + Redactor.redact(oneLine(e)));
            System.exit(2);
        }
        System.exit(0);
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    static void run(String[] args, InputStream in, OutputStream out) {
        ServerOptions options = ServerOptions.parse(args);
        // Start-up time: parse Zoom's spec and load the logging and SDK classes while the main thread wires Guice.
        CompletableFuture<OpenApiSpec> spec = CompletableFuture.supplyAsync(() -> OpenApiSpec.load(new ObjectMapper()));
        CompletableFuture.runAsync(Main::warmUp);
        Map<String, String> environment;
        try {
            environment = ConfigLoader.environment();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the .env file in " + Path.of("").toAbsolutePath() + ": "
                    + oneLine(e));
        }
        ZoomConfig config = ConfigLoader.fromMap(environment);
        Sandbox sandbox = null;
        if (options.sandbox()) {
            sandbox = Sandbox.start(config);
            config = sandbox.config();
        } else if (config.maybeCredentials().isEmpty()) {
            System.err.println("webinarops-mcp: Zoom credentials are not configured (set ZOOM_ACCOUNT_ID, "
                    + "ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET, or run with --sandbox); Zoom tools will fail until "
                    + "configure_zoom or auto_configure_zoom is called.");
        }
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Main.class);
        var injector = Guice.createInjector(new McpServerModule(config, options, () -> environment, spec::join));
        WebinarOpsServer server = injector.getInstance(WebinarOpsServer.class);
        InFlightRequests inFlight = injector.getInstance(InFlightRequests.class);
        try {
            if (options.httpPort().isPresent()) {
                HttpTransport.serve(server, options, environment);
                return;
            }
            CountDownLatch stdinClosed = new CountDownLatch(1);
            McpSyncServer running = server.start(new StdioServerTransportProvider(McpJsonDefaults.getMapper(),
                    new EofSignallingInputStream(in, stdinClosed, inFlight), out));
            CompletableFuture.runAsync(() -> injector.getInstance(Zoom.class)); // ready before the first call
            log.info("MCP server {} ready on stdio ({}; {} tools; Zoom API {})", WebinarOpsServer.NAME, options,
                    server.toolCount(), config.apiBaseUrl());
            stdinClosed.await();
            running.closeGracefully();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static void warmUp() {
        org.slf4j.LoggerFactory.getLogger(Main.class);
        McpSchema.Tool.builder("warm_up", Map.of("type", "object")).build();
        McpJsonDefaults.getMapper();
    }

    /**
     * The client closing stdin ends the session. The SDK does not tell us, and drops answers still in flight
     * when it sees EOF, so EOF is passed on only once running requests are answered.
     */
    private static final class EofSignallingInputStream extends FilterInputStream {
        private final CountDownLatch eof;
        private final InFlightRequests inFlight;

        EofSignallingInputStream(InputStream in, CountDownLatch eof, InFlightRequests inFlight) {
            super(in);
            this.eof = eof;
            this.inFlight = inFlight;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) atEof();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) atEof();
            return n;
        }

        private void atEof() {
            try {
                Thread.sleep(100); // let the last request line reach its handler
                inFlight.awaitIdle(Duration.ofSeconds(30));
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            eof.countDown();
        }
    }
}
