package io.shutterport.matching;

import io.shutterport.spi.Money;
import java.time.Instant;
import java.util.List;

/**
 * A shoot request as its customer (with all proposals) or a photographer (with their own) sees it.
 *
 * @param id the request
 * @param categoryId category
 * @param prefecture prefecture code
 * @param city city
 * @param startsAt when the shoot starts
 * @param durationMinutes how long
 * @param budget the customer's budget
 * @param note the customer's description
 * @param status OPEN, BOOKED, CLOSED or EXPIRED
 * @param bookingId the booking a proposal became, once BOOKED
 * @param proposals the proposals the viewer may see
 */
public record ShootRequestView(
    String id,
    String categoryId,
    String prefecture,
    String city,
    Instant startsAt,
    int durationMinutes,
    Money budget,
    String note,
    String status,
    String bookingId,
    List<ProposalView> proposals) {}
