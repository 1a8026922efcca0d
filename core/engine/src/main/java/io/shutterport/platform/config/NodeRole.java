package io.shutterport.platform.config;

import java.util.Locale;

/**
 * What a node does ({@code SHUTTERPORT_NODE_ROLE}): everything, only requests, or only background
 * jobs. At a season's peak an operator scales the web nodes on request load and the worker nodes on
 * the job queue, and a burst of uploads' derivatives never slows the pages.
 */
public enum NodeRole {
  /** Serves requests and runs jobs (one machine, or a small cluster). */
  ALL,
  /** Serves requests; jobs it queues run on worker nodes. */
  WEB,
  /**
   * Runs jobs; answers requests with 503 (keep it out of the load balancer; health still answers).
   */
  WORKER;

  public boolean runsJobs() {
    return this != WEB;
  }

  public boolean servesRequests() {
    return this != WORKER;
  }

  /** The role a setting names ({@code all}, {@code web}, {@code worker}, any case). */
  public static NodeRole parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "SHUTTERPORT_NODE_ROLE must be all, web or worker, not " + text, e);
    }
  }
}
