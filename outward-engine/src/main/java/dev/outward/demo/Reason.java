package dev.outward.demo;

/** Why a customer and the company get in touch, and the IT service behind each reason. */
enum Reason {
    BILL_QUERY("bill query", "billing"),
    ESTIMATED_BILL("estimated bill", "billing"),
    BILL_CORRECTION("bill correction", "billing"),
    PAYMENT_FAILED("payment failed", "payments"),
    PAYMENT_REMINDER("payment reminder", "payments"),
    MISSED_APPOINTMENT("missed appointment", "field-scheduling"),
    APPOINTMENT_CHANGE("appointment change", "field-scheduling"),
    APPOINTMENT_CONFIRMATION("appointment confirmation", "field-scheduling"),
    LATE_DELIVERY("late delivery", "logistics"),
    ORDER_CANCELLED("order cancelled", "order-management"),
    POWER_CUT("power cut", "grid"),
    NO_SERVICE("no service", "network"),
    MOVE_HOME("move home", "crm"),
    TARIFF_CHANGE("tariff change", "crm"),
    GENERAL_ENQUIRY("general enquiry", "crm"),
    METER_READING("meter reading", "metering"),
    RETENTION("retention", "crm"),
    WELCOME("welcome", "crm"),
    RENEWAL_OFFER("renewal offer", "crm"),
    CLOSE_ACCOUNT("close account", "crm");

    private static final Reason[] ROUTINE = {BILL_QUERY, GENERAL_ENQUIRY, TARIFF_CHANGE, METER_READING};

    final String label;
    final String service;

    Reason(String label, String service) {
        this.label = label;
        this.service = service;
    }

    /** Reasons customers call about when nothing went wrong. */
    static Reason[] routine() {
        return ROUTINE;
    }

    static Reason forOutage(String outageService) {
        return "grid".equals(outageService) ? POWER_CUT : NO_SERVICE;
    }
}
