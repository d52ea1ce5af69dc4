// A small program using most of the subset; HostileInputTest cuts it short at many places.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Tool,
    Food { calories: u32 },
    Coin(i64),
}

#[derive(Debug)]
struct Item {
    name: String,
    kind: Kind,
    tags: Vec<&'static str>,
}

impl Item {
    fn new(name: &str, kind: Kind) -> Item {
        Item { name: String::from(name), kind, tags: Vec::new() }
    }

    fn worth(&self) -> i64 {
        match self.kind {
            Kind::Tool => 10,
            Kind::Food { calories } if calories > 100 => (calories / 10) as i64,
            Kind::Food { .. } => 1,
            Kind::Coin(v) => v,
        }
    }
}

const LIMIT: usize = 3;

fn total(items: &[Item]) -> i64 {
    let mut sum = 0;
    for item in items {
        sum += item.worth();
    }
    sum
}

fn label(n: usize) -> String {
    let mut s = String::with_capacity(8);
    for (i, c) in "abc".chars().enumerate() {
        if i < n {
            s.push(c);
        }
    }
    s + "!"
}

fn main() {
    let mut items: Vec<Item> = Vec::new();
    items.push(Item::new("hammer", Kind::Tool));
    items.push(Item::new("apple", Kind::Food { calories: 95 }));
    items.push(Item::new("cake", Kind::Food { calories: 420 }));
    items.push(Item::new("gold", Kind::Coin(-7)));
    items[0].tags.push("heavy");
    let boxed: Box<[u8; 4]> = Box::new([1, 2, 3, 4]);
    let mut n = 0usize;
    while n < LIMIT && n < items.len() {
        let it = &items[n];
        println!("{:>8} {:?} worth {} tags {:?}", it.name, it.kind, it.worth(), it.tags);
        n += 1;
    }
    let first = if let Some(f) = items.first() { f.name.len() } else { 0 };
    println!("total {} label {} boxed {:?} first {}", total(&items), label(2), boxed, first);
}
