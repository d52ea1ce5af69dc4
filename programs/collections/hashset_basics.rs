// HashSet: insert says whether the value was new (a duplicate is dropped, the stored one stays),
// contains and remove take a borrowed form of the value, and tuples, chars and Strings hash.
use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        if !seen.insert(n) {
            dups.push(n);
        }
    }
    println!("{} distinct, duplicates {:?}", seen.len(), dups);
    println!("{} {} {}", seen.contains(&4), seen.contains(&7), seen.remove(&4));
    println!("{} {} {}", seen.contains(&4), seen.remove(&4), seen.len());
    let mut sum = 0;
    for n in &seen {
        sum += *n;
    }
    let mut count = 0;
    for _ in seen.iter() {
        count += 1;
    }
    println!("sum {} count {}", sum, count);

    let mut names: HashSet<String> = HashSet::new();
    println!("{}", names.insert(String::from("ann")));
    println!("{}", names.insert(String::from("ann")));
    println!("{} {}", names.contains("ann"), names.contains(&String::from("bob")));
    println!("{:?}", names);
    let mut total = 0;
    for name in names {
        total += name.len();
    }
    println!("{}", total);

    let mut visited: HashSet<(i32, i32)> = HashSet::with_capacity(4);
    let moves = [(0, 1), (1, 0), (0, -1), (-1, 0), (0, 1)];
    let mut pos = (0, 0);
    visited.insert(pos);
    for (dx, dy) in moves {
        pos = (pos.0 + dx, pos.1 + dy);
        visited.insert(pos);
    }
    println!("{} visited, capacity {}, {}", visited.len(), visited.capacity(), visited.contains(&(1, 1)));
    let letters: HashSet<char> = HashSet::new();
    println!("{:?} {} {}", letters, letters.is_empty(), std::mem::size_of::<HashSet<char>>());
    visited.clear();
    println!("{} {}", visited.len(), visited.capacity());
}
