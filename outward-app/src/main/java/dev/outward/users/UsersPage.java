package dev.outward.users;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.outward.web.Csv;
import dev.outward.web.Table;
import dev.outward.web.Times;

/** The users page (ADMIN): list, add, change role, delete. Every change ends the user's sessions. */
@Controller
class UsersPage {

    private final Users users;
    private final Sessions sessions;

    UsersPage(Users users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("table", table());
        return "users";
    }

    @GetMapping("/admin/users.csv")
    ResponseEntity<String> csv() {
        return Csv.download(table());
    }

    @PostMapping("/admin/users")
    String add(@RequestParam String name, @RequestParam String role, @RequestParam String password, RedirectAttributes flash) {
        return change(flash, "users.added", () -> users.add(new UserName(name), Role.parse(role), password.toCharArray()), name);
    }

    @PostMapping("/admin/users/{name}/role")
    String changeRole(@PathVariable String name, @RequestParam String role, RedirectAttributes flash) {
        return change(flash, "users.role-changed", () -> {
            users.changeRole(new UserName(name), Role.parse(role));
            sessions.end(new UserName(name));
        }, name);
    }

    @PostMapping("/admin/users/{name}/delete")
    String delete(@PathVariable String name, RedirectAttributes flash) {
        return change(flash, "users.deleted", () -> {
            users.delete(new UserName(name));
            sessions.end(new UserName(name));
        }, name);
    }

    private String change(RedirectAttributes flash, String doneKey, Runnable change, String name) {
        try {
            change.run();
            flash.addFlashAttribute("done", doneKey);
            flash.addFlashAttribute("doneArgs", List.of(name));
        } catch (Refused e) {
            flash.addFlashAttribute("refused", e.key());
            flash.addFlashAttribute("refusedArgs", List.of(e.args()));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", "users.refused.invalid");
            flash.addFlashAttribute("refusedArgs", List.of(name));
        }
        return "redirect:/admin/users";
    }

    private Table table() {
        return new Table("users", "/admin/users.csv", List.of("name", "role", "created"), users.list().stream()
                .map(u -> List.<Object>of(u.name().value(), u.role().name(), Times.utc(u.created()))).toList());
    }
}
