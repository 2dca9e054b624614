package org.alliance.webconsole.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;

/** A Mockito response whose body is kept, for the tests to verify the status and read what was written. */
public final class CapturedResponse {

    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public CapturedResponse() {
        try {
            when(response.getOutputStream()).thenReturn(stream());
        } catch (IOException mockedCallThrowsNothing) {
            throw new UncheckedIOException(mockedCallThrowsNothing);
        }
    }

    private ServletOutputStream stream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
    }

    public HttpServletResponse response() {
        return response;
    }

    public String body() {
        return body.toString(StandardCharsets.UTF_8);
    }
}
