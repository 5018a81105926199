"""The plan's world: plan models, geography, vocabulary, pools, quotas, the rule engine. Pure; imports only the standard library and pydantic."""
