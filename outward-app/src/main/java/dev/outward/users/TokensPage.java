package dev.outward.users;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

import dev.outward.web.Times;

/**
 * "My tokens": any signed-in user's own API tokens. A new token is shown once, through a flash attribute that
 * lives for exactly one redirect; after that only its label and dates are known.
 */
@Controller
class TokensPage {

    private final ApiTokens tokens;

    TokensPage(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/tokens")
    String list(Authentication me, Model model) {
        model.addAttribute("tokens", tokens.list(new UserName(me.getName())));
        // the example call names this server as the browser reached it (port, proxy), escaped: the hint is HTML
        model.addAttribute("server", HtmlUtils.htmlEscape(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
        return "tokens";
    }

    @GetMapping("/tokens.csv")
    org.springframework.http.ResponseEntity<String> csv(Authentication me) {
        var rows = tokens.list(new UserName(me.getName())).stream().map(t -> java.util.Arrays.<Object>asList(t.label(),
                Times.utc(t.created()), t.lastUsed() == null ? "" : Times.utc(t.lastUsed()))).toList();
        return dev.outward.web.Csv.download(new dev.outward.web.Table("tokens", "/tokens.csv",
                java.util.List.of("label", "created", "last-used"), rows));
    }

    @PostMapping("/tokens")
    String issue(Authentication me, @RequestParam(defaultValue = "") String label, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("issued", tokens.issue(new UserName(me.getName()), label));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", "tokens.refused.label");
        }
        return "redirect:/tokens";
    }

    @PostMapping("/tokens/{id}/delete")
    String revoke(Authentication me, @PathVariable String id, RedirectAttributes flash) {
        flash.addFlashAttribute(tokens.revoke(new UserName(me.getName()), id) ? "done" : "refused", "tokens.revoked");
        return "redirect:/tokens";
    }
}
