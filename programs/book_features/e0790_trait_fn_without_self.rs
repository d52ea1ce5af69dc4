trait Named {
    fn name() -> String;
}

struct Cat;

impl Named for Cat {
    fn name() -> String {
        String::from("cat")
    }
}

fn main() {
    println!("{}", <Cat as Named>::name());
    println!("{}", Named::name()); //~ ERROR E0790
}
