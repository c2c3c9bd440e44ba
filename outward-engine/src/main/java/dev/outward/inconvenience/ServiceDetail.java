package dev.outward.inconvenience;

import java.util.List;
import java.util.Optional;

/**
 * One service under a filter that names it, as its page shows it: its figures (none when nothing was traced to it)
 * and the mix of rules behind them.
 */
public record ServiceDetail(Optional<ServiceFigures> figures, List<RuleFigures> rules) {
}
