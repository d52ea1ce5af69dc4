// A struct literal from outside the struct's module naming a private field, or filling one from a
// `..base`: rustc's E0451 (its privacy pass, run when nothing else failed).
mod shop {
    pub struct Item {
        pub name: String,
        price: u32,
    }

    pub fn sample() -> Item {
        Item { name: String::from("pen"), price: 3 }
    }

    impl Item {
        pub fn price(&self) -> u32 {
            self.price
        }
    }
}

fn main() {
    let a = shop::Item { name: String::from("cup"), price: 5 }; //~ ERROR E0451
    let b = shop::Item { name: String::from("mug"), ..shop::sample() }; //~ ERROR E0451
    println!("{} {} {}", a.name, b.name, b.price());
}
