// Vec::from, HashMap::from and HashSet::from: the sources std converts from, allocated as std does
// (an array moves into a block of its length, a borrowed slice is cloned, a String gives its buffer).
use std::collections::HashMap;
use std::collections::HashSet;

#[derive(Debug, Clone)]
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = Vec::from([3, 1, 2]);
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
    let wide: Vec<u64> = Vec::from([4, 5]);
    println!("{:?}", wide);

    let tags = Vec::from([Tag("a"), Tag("b")]);
    println!("{:?} cap {}", tags, tags.capacity());
    let arr = [Tag("x"), Tag("y"), Tag("z")];
    let first_two = Vec::from(&arr[..2]);
    let all = Vec::from(&arr);
    println!("{} {} {}", first_two.len(), all.len(), arr.len());
    drop(first_two);

    println!("{:?} {:?}", Vec::from("hey"), Vec::from(String::from("ok")));
    let boxed: Box<[i32]> = vec![7, 8, 9].into_boxed_slice();
    let back = Vec::from(boxed);
    println!("{:?} cap {}", back, back.capacity());

    let ages = HashMap::from([("ann", 31), ("bob", 27), ("ann", 32)]);
    let mut names: Vec<_> = ages.iter().collect();
    names.sort();
    println!("{:?} cap {}", names, ages.capacity());
    let owned: HashMap<String, Tag> = HashMap::from([(String::from("k"), Tag("old")), (String::from("k"), Tag("new"))]);
    println!("{:?}", owned["k"]);

    let seen = HashSet::from(['a', 'b', 'a']);
    println!("{} {} {}", seen.len(), seen.contains(&'a'), seen.contains(&'z'));
    println!("end");
}
