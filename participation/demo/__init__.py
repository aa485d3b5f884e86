"""Demo data for `flask seed-demo`: one year of Beispielstadt, told in data files.

- `data/*.toml` hold the story: the people, the ideas with their comments and supports, what
  the moderation team and the councils did with them, the roadmap, this year's programme and
  the events;
- `clock` turns "days before the seeding" into dates (the one place that does);
- `story` and its `story_*` parts plan the dated steps (`steps`) from the data;
- `loader` replays them through the features' services – the only module that calls them;
- `backdate` then moves what the services stamped "now" to each step's date in the story;
- `cli` is the command.
"""
