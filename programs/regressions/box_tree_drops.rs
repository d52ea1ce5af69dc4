// Dropping recursive Option<Box<T>> trees and an enum whose boxed variant sits beside a plain field:
// every level's Drop impl runs before its children, left to right, and every block is freed.
struct Tree {
    name: u32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

impl Drop for Tree {
    fn drop(&mut self) {
        println!("drop tree {}", self.name);
    }
}

fn tree(name: u32, depth: u32) -> Option<Box<Tree>> {
    if depth == 0 {
        return None;
    }
    Some(Box::new(Tree { name, left: tree(name * 2, depth - 1), right: tree(name * 2 + 1, depth - 1) }))
}

struct Tag(u8);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop tag {}", self.0);
    }
}

enum Links {
    End,
    Link(u64, Box<Links>, Tag),
}

fn chain(n: u8) -> Links {
    if n == 0 { Links::End } else { Links::Link(n as u64 * 10, Box::new(chain(n - 1)), Tag(n)) }
}

fn count(c: &Links) -> u64 {
    match c {
        Links::End => 0,
        Links::Link(v, next, _) => v + count(next),
    }
}

fn main() {
    let t = tree(1, 3);
    println!("built");
    drop(t);
    let mut slot: Option<Box<Tree>> = tree(7, 1);
    slot = None;
    println!("reassigned {}", slot.is_none());
    let c = chain(3);
    println!("count {}", count(&c));
    let boxed: Option<Box<u64>> = Some(Box::new(5));
    println!("boxed {:?}", boxed);
}
