// User types may take the names of std's types (`Map`, `Chain`, `Cell`, `Entry`): a crate's own items
// shadow the std prelude, and std's iterator adapters and HashMap entries keep working beside them.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cell {
    Dead,
    Alive,
}

struct Map {
    cells: Vec<Cell>,
    w: usize,
}

struct Entry(i32);

enum Chain {
    Link(i32),
    End,
}

fn main() {
    let m = Map { cells: vec![Cell::Dead, Cell::Alive, Cell::Alive], w: 3 };
    let alive = m.cells.iter().filter(|c| **c == Cell::Alive).count();
    let e = Entry(4);
    let mut h = std::collections::HashMap::new();
    *h.entry("k").or_insert(0) += e.0;
    let z: Vec<(usize, &Cell)> = m.cells.iter().enumerate().skip(1).collect();
    let joined: Vec<i32> = vec![1, 2].into_iter().chain(vec![3]).map(|x| x * 10).collect();
    let c = Chain::Link(7);
    let link = match c {
        Chain::Link(n) => n,
        Chain::End => 0,
    };
    println!("{} {} {:?} {:?} {:?} {}", alive, m.w, h, z, joined, link);
}
