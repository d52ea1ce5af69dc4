// Private items, fields and methods used from outside their module: rustc's E0603 (resolution, all
// reported first), E0616 and E0624, at the name used.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    pub struct Code(pub u8, u32);

    fn audit() -> i32 {
        1
    }

    const LIMIT: i64 = 100;

    mod vault {
        pub fn open() -> i32 {
            2
        }
    }

    pub mod branch {
        pub(super) fn local() -> i32 {
            3
        }
    }

    impl Account {
        pub fn new(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: LIMIT }
        }

        fn touch(&mut self) {
            self.balance += 1;
        }

        fn blank() -> Account {
            Account { owner: String::new(), balance: 0 }
        }
    }

    pub fn code() -> Code {
        Code(1, branch::local() as u32 + vault::open() as u32)
    }
}

fn main() {
    let mut a = bank::Account::new("ann");
    println!("{}", bank::audit()); //~ ERROR E0603
    println!("{}", bank::LIMIT); //~ ERROR E0603
    println!("{}", bank::vault::open()); //~ ERROR E0603
    println!("{}", bank::branch::local()); //~ ERROR E0603
    println!("{} {}", a.owner, a.balance); //~ ERROR E0616
    a.touch(); //~ ERROR E0624
    let b = bank::Account::blank(); //~ ERROR E0624
    let c = bank::code();
    println!("{} {} {}", b.owner, c.0, c.1); //~ ERROR E0616
}
