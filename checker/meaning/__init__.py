"""What a figure means: here, which days a date or period can be (`checker.meaning.dates`)."""
