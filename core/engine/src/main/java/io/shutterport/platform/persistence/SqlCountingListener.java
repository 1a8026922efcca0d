package io.shutterport.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** EclipseLink tells {@link SqlCounter} about every statement it sends. */
public class SqlCountingListener extends SessionEventAdapter {
  @Override
  public void preExecuteCall(SessionEvent event) {
    SqlCounter.increment();
  }
}
