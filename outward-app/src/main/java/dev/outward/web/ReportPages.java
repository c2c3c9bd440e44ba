package dev.outward.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages that show detected inconveniences. Until the detection engine's report is merged they show the filter
 * bar and an empty state that says how to get numbers; each already has its route, title and template.
 */
@Controller
class ReportPages {

    private final FilterChoices choices;

    ReportPages(FilterChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/")
    String overview(Model model) {
        return page("overview", model);
    }

    @GetMapping("/services")
    String services(Model model) {
        return page("services", model);
    }

    @GetMapping("/inconvenience-types")
    String inconvenienceTypes(Model model) {
        return page("inconvenience-types", model);
    }

    @GetMapping("/contact-centre")
    String contactCentre(Model model) {
        return page("contact-centre", model);
    }

    @GetMapping("/retention")
    String retention(Model model) {
        return page("retention", model);
    }

    @GetMapping("/relationship-depth")
    String relationshipDepth(Model model) {
        return page("relationship-depth", model);
    }

    private String page(String name, Model model) {
        model.addAttribute("page", name);
        model.addAttribute("choices", choices.get());
        return "reports/" + name;
    }
}
