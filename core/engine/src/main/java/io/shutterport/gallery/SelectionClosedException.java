package io.shutterport.gallery;

import io.shutterport.platform.error.ShutterportException;

/**
 * The customer's selection cannot take this change: it reached the plan's limit ({@code
 * gallery.selectionFull}), it was already submitted ({@code gallery.selectionSubmitted}), or there
 * is nothing selected to submit ({@code gallery.selectionEmpty}).
 */
public class SelectionClosedException extends ShutterportException {
  private SelectionClosedException(String key, Object... args) {
    super(key, args);
  }

  static SelectionClosedException full(int limit) {
    return new SelectionClosedException("gallery.selectionFull", limit);
  }

  static SelectionClosedException submitted() {
    return new SelectionClosedException("gallery.selectionSubmitted");
  }

  static SelectionClosedException empty() {
    return new SelectionClosedException("gallery.selectionEmpty");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
