package io.shutterport.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeRoleTest {
  @Test
  void aWebNodeRunsNoJobsAndAWorkerServesNoRequests() {
    assertThat(NodeRole.parse("all").runsJobs()).isTrue();
    assertThat(NodeRole.parse("all").servesRequests()).isTrue();
    assertThat(NodeRole.parse("Web").runsJobs()).isFalse();
    assertThat(NodeRole.parse("web").servesRequests()).isTrue();
    assertThat(NodeRole.parse(" WORKER ").runsJobs()).isTrue();
    assertThat(NodeRole.parse("worker").servesRequests()).isFalse();
  }

  @Test
  void anUnknownRoleStopsTheNodeWithAClearMessage() {
    assertThatThrownBy(() -> NodeRole.parse("both"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHUTTERPORT_NODE_ROLE must be all, web or worker");
    assertThatThrownBy(() -> NodeRole.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
