"""What crossdraw writes for people: sheets, exports, checklists, templates, messages."""
