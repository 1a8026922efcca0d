package io.shutterport.catalog;

import java.util.List;

/**
 * A photographer's public profile and plans.
 *
 * @param id the photographer's user id
 * @param displayName public name
 * @param bio free text
 * @param prefecture prefecture code
 * @param city city
 * @param languages language codes
 * @param plans the plans
 */
public record ProfileView(
    String id,
    String displayName,
    String bio,
    String prefecture,
    String city,
    List<String> languages,
    List<PlanView> plans) {}
