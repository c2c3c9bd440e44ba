/**
 * What people and scripts see: the pages (one Thymeleaf layout, htmx for partial updates, ECharts for charts, all
 * served from the jar) and the JSON API under {@code /api/v1}. Every table on a page can be downloaded as CSV, and
 * the filter bar keeps its values in the query string so that a link shows the same view to a colleague.
 * <p>
 * Pages read the store through {@link dev.outward.server.Store}; access rules live in the users module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dev.outward.web;
