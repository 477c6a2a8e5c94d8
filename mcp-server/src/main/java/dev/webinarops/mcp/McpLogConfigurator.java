package dev.webinarops.mcp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.webinarops.core.logging.Redactor;

/**
 * The server's logging, set up in code (found by logback through {@code META-INF/services}): stderr plus
 * {@code zoom_mcp_server.log} (moved with {@code ZOOM_MCP_LOG_FILE}), every line masked by the core's
 * {@link Redactor}. Code instead of XML keeps the XML parser out of start-up; a
 * {@code -Dlogback.configurationFile} given by the user still wins.
 */
public final class McpLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setTarget("System.err");
        start(context, stderr, "STDERR", "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        String path = System.getenv("ZOOM_MCP_LOG_FILE");
        file.setFile(path == null || path.isBlank() ? "zoom_mcp_server.log" : path);
        file.setAppend(true);
        start(context, file, "FILE", "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("WEBINAROPS_LOG_LEVEL"), Level.INFO));
        root.addAppender(stderr);
        root.addAppender(file);
        for (String quiet : new String[] {"com.atlassian", "io.swagger", "io.modelcontextprotocol", "org.eclipse.jetty"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static void start(LoggerContext context, OutputStreamAppender<ILoggingEvent> appender, String name,
            String pattern) {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
    }

    /** The whole formatted line (message and stack trace) passes through the redactor. */
    static final class RedactingLayout extends PatternLayout {
        @Override
        public String doLayout(ILoggingEvent event) {
            return Redactor.redact(super.doLayout(event));
        }
    }
}
