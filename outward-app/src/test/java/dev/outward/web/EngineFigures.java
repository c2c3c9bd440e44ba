package dev.outward.web;

import dev.outward.inconvenience.Dashboards;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFigures;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.store.Database;

/** The engine itself, not the pages' kept figures: what the pages and the API must agree with. */
record EngineFigures(Database database, Detections detections) {

    Dashboards dashboards() {
        return new Dashboards(database, detections.catalog());
    }

    ReportFigures report(ReportFilter filter) {
        return new Report(database, detections.catalog()).compute(filter);
    }
}
