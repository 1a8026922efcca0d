package io.shutterport.console;

import io.shutterport.platform.error.ShutterportException;

/** A retry of a job that is not given up on (it runs, or was retried meanwhile). */
public class JobNotDeadException extends ShutterportException {
  public JobNotDeadException() {
    super("jobs.notDead");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
