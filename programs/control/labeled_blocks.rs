// Labeled blocks: `break 'name value` leaves the block with a value, a plain fall-through gives the
// tail's value, loops inside still take their own unlabeled breaks, and a break may cross a loop.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn classify(n: i32) -> &'static str {
    'done: {
        if n < 0 {
            break 'done "negative";
        }
        let _guard = Loud("guard");
        for d in 2..n {
            if n % d == 0 {
                break 'done "composite";
            }
        }
        if n < 2 { "unit" } else { "prime" }
    }
}

fn main() {
    for n in [-3, 1, 7, 9] {
        println!("{} is {}", n, classify(n));
    }
    let mut steps = 0;
    'scan: {
        loop {
            steps += 1;
            if steps == 3 {
                break;
            }
        }
        if steps > 2 {
            break 'scan;
        }
        steps = 100;
    }
    println!("steps {}", steps);
    let owned = String::from("kept");
    let picked: String = 'pick: {
        if steps == 3 {
            break 'pick owned;
        }
        String::from("fresh")
    };
    println!("{}", picked);
    let flag = 'f: { break 'f steps % 2 == 1; };
    println!("flag {}", flag);
    let unit = loop { break println!("break runs its unit value"); };
    println!("{:?}", unit);
}
