"""Events: hackathons, workshops and calls for ideas, with registrations and teams."""
