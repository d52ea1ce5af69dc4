// `or_default` needs the map's value type to be Default.
use std::collections::HashMap;

struct Count(i32);

fn main() {
    let mut m: HashMap<u8, Count> = HashMap::new();
    m.entry(1).or_default().0 += 1; //~ ERROR E0599
}
