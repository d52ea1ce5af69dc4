// A HashMap's table is one heap block: the (key, value) buckets, then a control byte per bucket (the
// hash's top 7 bits when full, 0xff when empty) and 16 mirror bytes. The Strings the keys own are blocks
// of their own, owned through the buckets; growing moves the entries to a bigger block.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("pears"), 3);
    stock.insert(String::from("figs"), 12); // @dump two entries
    stock.insert(String::from("kiwis"), 7);
    stock.insert(String::from("plums"), 1); // @dump after growth
    println!("{} kinds, capacity {}", stock.len(), stock.capacity());
}
