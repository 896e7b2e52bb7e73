"""The data layer: gaps, feedback, threat level changes, subscribers and deliveries."""
