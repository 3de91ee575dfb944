package dev.attache.example.service;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to a request it refuses before Spring sees it (a URL that is not UTF-8, headers
 * over the size limit) as an RFC 9457 problem, like every other error of the service, instead of
 * Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {
  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String title = SpringProblems.title(status);
    String message = SpringProblems.message(status);
    String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + message + "\",\"problems\":[{\"pointer\":\"\",\"code\":\"http."
        + status + "\",\"message\":\"" + message + "\"}]}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot be written: nothing more to say
    }
  }
}
