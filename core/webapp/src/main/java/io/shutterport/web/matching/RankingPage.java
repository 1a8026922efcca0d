package io.shutterport.web.matching;

import io.shutterport.matching.MatchingService;
import io.shutterport.matching.RankingView;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A photographer's own ranking factors (the studio's ranking page). */
@Named("rankingPage")
@RequestScoped
public class RankingPage {
  @Inject MatchingService matching;
  @Inject CurrentUser currentUser;

  private RankingView ranking;

  public RankingView getRanking() {
    if (ranking == null) {
      ranking = matching.myRanking(currentUser.id());
    }
    return ranking;
  }
}
