package dev.outward.collect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.outward.events.SourceName;

/**
 * Collection sources (ADMIN, under /admin/): write keys, shown once when created, revocable; and each source's
 * track mapping, validated before it is saved.
 */
@Controller
class SourcesPage {

    private final SourceKeys keys;
    private final Collection collection;

    SourcesPage(SourceKeys keys, Collection collection) {
        this.keys = keys;
        this.collection = collection;
    }

    @GetMapping("/admin/sources")
    String list(Model model) {
        model.addAttribute("sources", keys.list());
        model.addAttribute("pending", collection.pending());
        return "sources";
    }

    @PostMapping("/admin/sources")
    String create(@RequestParam String name, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("newKey", keys.create(new SourceName(name)));
            flash.addFlashAttribute("newKeySource", name);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/sources";
    }

    @PostMapping("/admin/sources/{name}/revoke")
    String revoke(@PathVariable String name, RedirectAttributes flash) {
        flash.addFlashAttribute("revoked", keys.revoke(new SourceName(name)) > 0 ? name : null);
        return "redirect:/admin/sources";
    }

    @GetMapping("/admin/sources/{name}/mapping")
    String mapping(@PathVariable String name, Model model) {
        var source = new SourceName(name);
        model.addAttribute("source", source.value());
        model.addAttribute("yaml", model.containsAttribute("yaml") ? model.getAttribute("yaml") : collection.mappings().yaml(source));
        return "source-mapping";
    }

    @PostMapping("/admin/sources/{name}/mapping")
    String saveMapping(@PathVariable String name, @RequestParam String yaml, RedirectAttributes flash) {
        try {
            collection.mappings().save(new SourceName(name), yaml);
            flash.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", e.getMessage());
            flash.addFlashAttribute("yaml", yaml);
        }
        return "redirect:/admin/sources/" + name + "/mapping";
    }
}
