package io.shutterport.web.booking;

import java.util.List;

/**
 * What a booking's category adds to its page: the answers to its questions, the suggested shots
 * (for the photographer) and the category's price hint.
 *
 * @param answers each question with its answer, in the category's order
 * @param shotList the suggested shots, localised
 * @param priceHint the suggested extra and why, formatted; null for none
 */
public record CategoryDetails(List<Answer> answers, List<String> shotList, String priceHint) {

  /**
   * @param name the field name
   * @param label the localised question
   * @param value the answer as shown (a choice's label)
   */
  public record Answer(String name, String label, String value) {}
}
