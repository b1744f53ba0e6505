import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP stack's ceiling for bench/http.sh: Jetty 12 with one servlet at {@code /*}, set up as serve sets up its
 * own (thread pool, connector, servlet context), doing nothing but HTTP. A POST reads the body and answers 201 with
 * an iOS update status of the size serve answers; a GET answers 200 with that entity, or with a list of N of them
 * when the query has {@code $top=N}. Run with the shaded jar as the classpath, so that it is serve's Jetty:
 *
 * <pre>java -cp app/target/device-status.jar bench/BareJetty.java [port]</pre>
 *
 * It prints {@code bare-jetty: serving http://127.0.0.1:PORT} once it listens (port 0, the default: any free one).
 */
public final class BareJetty {

    /** What serve answers to the README's create, with its id and context. */
    static final String ENTITY = """
            {"@odata.type":"#microsoft.graph.iosUpdateDeviceStatus","@odata.etag":"W/\\"1\\"",\
            "id":"a49975f5-3f30-4914-b97a-dca45bb96ddf","installStatus":"available","osVersion":"Os Version value",\
            "deviceId":"Device Id value","userId":"User Id value","deviceDisplayName":"Device Display Name value",\
            "userName":"User Name value","deviceModel":"Device Model value",\
            "complianceGracePeriodExpirationDateTime":"2016-12-31T23:56:44.951111-08:00","status":"notApplicable",\
            "lastReportedDateTime":"2017-01-01T00:00:17.7769392-08:00","userPrincipalName":"User Principal Name value"}\
            """;

    static final String CONTEXT =
            "\"@odata.context\":\"http://127.0.0.1:8080/v1.0/$metadata#deviceManagement/iosUpdateStatuses";

    static final byte[] ONE = ("{" + CONTEXT + "/$entity\"," + ENTITY.substring(1)).getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        var threads = new QueuedThreadPool(64, 4);
        threads.setName("bare-jetty");
        var server = new Server(threads);
        var http = new HttpConfiguration();
        http.setSendServerVersion(false);
        var connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        server.addConnector(connector);
        var context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Answer()), "/*");
        server.setHandler(context);
        server.start();
        System.out.println("bare-jetty: serving http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    static final class Answer extends HttpServlet {
        private final Map<Integer, byte[]> lists = new ConcurrentHashMap<>();

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getInputStream().readAllBytes();
            response.setStatus(201);
            response.setHeader("Location", request.getRequestURL() + "/a49975f5-3f30-4914-b97a-dca45bb96ddf");
            send(response, ONE);
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String top = request.getParameter("$top");
            send(response, top == null ? ONE : lists.computeIfAbsent(Integer.parseInt(top), BareJetty::list));
        }

        private static void send(HttpServletResponse response, byte[] body) throws IOException {
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    static byte[] list(int size) {
        var json = new StringBuilder("{" + CONTEXT + "\",\"value\":[");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append(ENTITY);
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
