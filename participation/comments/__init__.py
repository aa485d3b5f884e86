"""Discussion on ideas: comments with one level of replies."""
