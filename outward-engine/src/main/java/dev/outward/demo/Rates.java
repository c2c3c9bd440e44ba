package dev.outward.demo;

/**
 * How often things happen at the demo company. All are probabilities in [0, 1] except
 * {@code outagesPerAreaMonth}, a mean count.
 *
 * @param newCustomers share of customers who join during the period rather than before it
 * @param monthlyChurn chance a customer with no problems leaves in a month; each problem raises it by half
 * @param monthlyMove chance a customer moves home in a month (at most once in the period)
 * @param estimatedBill share of bills that are estimated
 * @param correctedBill share of bills that are corrections
 * @param failedPayment share of payments that fail
 * @param failedVisit share of web and app visits that fail
 * @param abandonedVisit share of web and app visits given up
 * @param firstContactResolution share of answered inbound contacts resolved then and there
 * @param abandonedContact share of inbound calls and chats abandoned in the queue
 * @param missedAppointment share of field appointments missed
 * @param lateDelivery share of deliveries after the promised time
 * @param outagesPerAreaMonth mean number of outages per area per month
 * @param complaintPerProblem chance a problem ends in a complaint, times the customer's problems so far (up to 5)
 * @param survey share of answered contacts followed by a survey
 */
public record Rates(
        double newCustomers,
        double monthlyChurn,
        double monthlyMove,
        double estimatedBill,
        double correctedBill,
        double failedPayment,
        double failedVisit,
        double abandonedVisit,
        double firstContactResolution,
        double abandonedContact,
        double missedAppointment,
        double lateDelivery,
        double outagesPerAreaMonth,
        double complaintPerProblem,
        double survey) {

    public Rates {
        probability("newCustomers", newCustomers);
        probability("monthlyChurn", monthlyChurn);
        probability("monthlyMove", monthlyMove);
        probability("estimatedBill + correctedBill", estimatedBill + correctedBill);
        probability("estimatedBill", estimatedBill);
        probability("correctedBill", correctedBill);
        probability("failedPayment", failedPayment);
        probability("failedVisit + abandonedVisit", failedVisit + abandonedVisit);
        probability("failedVisit", failedVisit);
        probability("abandonedVisit", abandonedVisit);
        probability("firstContactResolution", firstContactResolution);
        probability("abandonedContact", abandonedContact);
        probability("missedAppointment", missedAppointment);
        probability("lateDelivery", lateDelivery);
        probability("complaintPerProblem", complaintPerProblem);
        probability("survey", survey);
        if (!(outagesPerAreaMonth >= 0 && outagesPerAreaMonth <= 30)) {
            throw new IllegalArgumentException("outagesPerAreaMonth must be between 0 and 30, got " + outagesPerAreaMonth);
        }
    }

    /** Rates that look like a mid-sized retailer having an ordinary year. */
    public static Rates defaults() {
        return new Rates(0.10, 0.005, 0.008, 0.07, 0.03, 0.04, 0.07, 0.06, 0.70, 0.05, 0.06, 0.10, 0.4, 0.012, 0.12);
    }

    private static void probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
