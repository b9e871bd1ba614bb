"""What CI needs around a check: project paths, suppressions in the copy, baselines, the rule catalogue."""
