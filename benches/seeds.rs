//! The five seed pages, shared by the benches (`mod seeds;` in each).

pub const SEEDS: [(&str, &str); 5] = [
    ("000", include_str!("../seeds/000_2baba78546a0d9be.txt")),
    ("001", include_str!("../seeds/001_4a434ab6c7f788b6.txt")),
    ("002", include_str!("../seeds/002_1e727c62d9b96920.txt")),
    ("003", include_str!("../seeds/003_9cdd1d268ee3f9b1.txt")),
    ("004", include_str!("../seeds/004_6b3453ff3b3f4df0.txt")),
];
