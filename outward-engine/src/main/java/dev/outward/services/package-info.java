/**
 * The IT services inconveniences are traced to: their ids as events name them, and the optional
 * {@code services.yaml} of the data directory that gives them a name and an owning team.
 */
package dev.outward.services;
