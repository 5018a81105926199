"""Reading what people hand in: text and YAML files, tables, the plan, enterprise lists, exclusions, LISTs."""
